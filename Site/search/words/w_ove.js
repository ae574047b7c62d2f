BRIEFINGS_SEARCH_WORDS("ove",{
"over":"4q,1s,1,1,p,1,6,5;6j,1",
"overwhelmed":"7d"
});
