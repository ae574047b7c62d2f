BRIEFINGS_SEARCH_WORDS("ens",{
"ensuite":"b",
"ensure":"6p,l,7"
});
