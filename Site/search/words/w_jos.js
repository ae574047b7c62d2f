BRIEFINGS_SEARCH_WORDS("jos",{
"josep":"0,1o,3,24,2,1c,f,b,5,s,s,3,3,3,2,1,1;1r,3x,b,5,s,s"
});
