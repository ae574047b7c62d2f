BRIEFINGS_SEARCH_WORDS("amo",{
"among":"47,1p,1t,6;5w"
});
