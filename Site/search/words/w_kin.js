BRIEFINGS_SEARCH_WORDS("kin",{
"kingdom":"2k"
});
