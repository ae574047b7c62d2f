BRIEFINGS_SEARCH_WORDS("ove",{
"over":"4q,1r,1,1,q,1,6,5;6h,2",
"overwhelmed":"7d"
});
