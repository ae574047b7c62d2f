BRIEFINGS_SEARCH_WORDS("hau",{
"hausse":"7j",
"haut":"0,g,p,9,d,3,7,3,8,o,f,2z,v,f;1e,50",
"haute":"24,16"
});
