BRIEFINGS_SEARCH_WORDS("ens",{
"ensuite":"b",
"ensure":"6o,l,7"
});
