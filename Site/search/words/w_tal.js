BRIEFINGS_SEARCH_WORDS("tal",{
"talks":"q,3x,4,2j,7,1;4n,4,2r"
});
