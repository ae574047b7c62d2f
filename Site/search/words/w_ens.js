BRIEFINGS_SEARCH_WORDS("ens",{
"ensuite":"b",
"ensure":"6x,q,7"
});
