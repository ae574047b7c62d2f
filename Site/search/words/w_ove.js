BRIEFINGS_SEARCH_WORDS("ove",{
"over":"4q,1u,1,1,q,1,6,5;6l,1",
"overwhelmed":"7g"
});
