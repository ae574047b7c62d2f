BRIEFINGS_SEARCH_WORDS("hab",{
"habitants":"39,1f,2o,6,c;4o,2o",
"habitees":"24"
});
