BRIEFINGS_SEARCH_WORDS("ove",{
"over":"4r,1s,1,1,p,1,6,5;6k,1",
"overwhelmed":"7e"
});
