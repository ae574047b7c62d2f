BRIEFINGS_SEARCH_WORDS("foi",{
"fois":"38,25,2g;5d"
});
