BRIEFINGS_SEARCH_WORDS("hau",{
"hausse":"84",
"haut":"0,g,p,9,d,3,8,3,8,o,11,2z,t,f;1e",
"haute":"25,1s"
});
