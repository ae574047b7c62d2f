BRIEFINGS_SEARCH_WORDS("tal",{
"talks":"q,40,4,2g,7,1;4q,4,2o"
});
