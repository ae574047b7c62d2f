BRIEFINGS_SEARCH_WORDS("tal",{
"talks":"q,3z,4,2g,7,1;4p,4,2o"
});
