BRIEFINGS_SEARCH_WORDS("foi",{
"fois":"39,1z,27;58"
});
