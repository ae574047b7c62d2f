BRIEFINGS_SEARCH_WORDS("foi",{
"fois":"39,20,27"
});
