BRIEFINGS_SEARCH_WORDS("c",{
"c":"32,3,3,1,1,1,3f,i;6q"
});
