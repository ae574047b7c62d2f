BRIEFINGS_SEARCH_WORDS("ens",{
"ensuite":"b",
"ensure":"6n,p,7"
});
