BRIEFINGS_SEARCH_WORDS("tal",{
"talks":"q,35,9,r,4,2n,7,1;44,r,4,2v"
});
