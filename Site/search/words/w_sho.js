BRIEFINGS_SEARCH_WORDS("sho",{
"shoigu":"2o",
"shot":"5j,1k,1,s,6;5j",
"should":"87"
});
