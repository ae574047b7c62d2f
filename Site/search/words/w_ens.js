BRIEFINGS_SEARCH_WORDS("ens",{
"ensuite":"b",
"ensure":"6v,p,7"
});
