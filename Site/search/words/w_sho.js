BRIEFINGS_SEARCH_WORDS("sho",{
"shoigu":"2n",
"shot":"4v,1n,1,s,6;4v",
"should":"7m"
});
