BRIEFINGS_SEARCH_WORDS("foi",{
"fois":"38,1x,2b"
});
