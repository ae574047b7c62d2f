BRIEFINGS_SEARCH_WORDS("tal",{
"talks":"q,4l,4,2g,7,1;5b,4,2o"
});
