BRIEFINGS_SEARCH_WORDS("anc",{
"ancien":"3,d,7,i,3,1,a,4,2,1,1,4,5,2,4",
"ancienne":"1f,2,5,j,y",
"anciens":"1e"
});
