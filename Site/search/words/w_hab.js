BRIEFINGS_SEARCH_WORDS("hab",{
"habitants":"39,1f,2q,6,c;4o,2q",
"habitees":"24"
});
