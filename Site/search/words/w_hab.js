BRIEFINGS_SEARCH_WORDS("hab",{
"habitants":"3w,3q,6,c;7m",
"habitees":"25"
});
