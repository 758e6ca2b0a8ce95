/** The version of the Mindshare packages this build comes from (kept equal to package.json by a test). */
export const VERSION = '0.1.0';
