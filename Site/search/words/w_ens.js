BRIEFINGS_SEARCH_WORDS("ens",{
"ensuite":"b",
"ensure":"4u,1t,m,7"
});
