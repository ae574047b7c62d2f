BRIEFINGS_SEARCH_WORDS("hab",{
"habitants":"3a,3q,6,c;70",
"habitees":"25"
});
