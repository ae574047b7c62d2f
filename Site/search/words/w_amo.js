BRIEFINGS_SEARCH_WORDS("amo",{
"among":"47,1p,1u,6;5w"
});
