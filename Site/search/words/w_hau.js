BRIEFINGS_SEARCH_WORDS("hau",{
"hausse":"7w",
"haut":"0,g,p,9,d,3,7,3,8,o,g,3a,w,f;1e",
"haute":"24,16"
});
