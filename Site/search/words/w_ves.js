BRIEFINGS_SEARCH_WORDS("ves",{
"vessels":"7o,3;7o"
});
