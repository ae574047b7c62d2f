BRIEFINGS_SEARCH_WORDS("ens",{
"ensuite":"b",
"ensure":"6l,p,7"
});
