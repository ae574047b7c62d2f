BRIEFINGS_SEARCH_WORDS("sho",{
"shoigu":"2n",
"shot":"4x,1n,1,s,6;4x",
"should":"7o"
});
