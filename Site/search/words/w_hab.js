BRIEFINGS_SEARCH_WORDS("hab",{
"habitants":"39,1e,2o,6,c;4n,2o",
"habitees":"24"
});
