BRIEFINGS_SEARCH_WORDS("foi",{
"fois":"38,24,2e;5c"
});
