BRIEFINGS_SEARCH_WORDS("ens",{
"ensuite":"b",
"ensure":"6w,p,7"
});
