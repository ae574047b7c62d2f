BRIEFINGS_SEARCH_WORDS("nui",{
"nuit":"12,3h,1t,2,1b,7;6c"
});
