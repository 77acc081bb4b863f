/** proofseek's version, recorded in every data manifest and printed by `--version`. */
export const PROOFSEEK_VERSION = '0.1.0';
