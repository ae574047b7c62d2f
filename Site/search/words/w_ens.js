BRIEFINGS_SEARCH_WORDS("ens",{
"ensuite":"b",
"ensure":"5g,1t,m,7"
});
