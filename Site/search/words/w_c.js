BRIEFINGS_SEARCH_WORDS("c",{
"c":"32,3,p,1,1,1,3f,i;7c"
});
