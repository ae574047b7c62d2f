BRIEFINGS_SEARCH_WORDS("ove",{
"over":"4o,1u,1,1,q,1,6,5;6j,1",
"overwhelmed":"7e"
});
