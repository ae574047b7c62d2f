BRIEFINGS_SEARCH_WORDS("mep",{
"meps":"31"
});
