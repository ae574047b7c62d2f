BRIEFINGS_SEARCH_WORDS("ens",{
"ensuite":"b",
"ensure":"6w,q,7"
});
