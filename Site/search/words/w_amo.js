BRIEFINGS_SEARCH_WORDS("amo",{
"among":"4r,1l,1n,6;6c"
});
