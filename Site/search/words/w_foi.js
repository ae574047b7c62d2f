BRIEFINGS_SEARCH_WORDS("foi",{
"fois":"38,1z,28"
});
