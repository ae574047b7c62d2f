BRIEFINGS_SEARCH_WORDS("sho",{
"shoigu":"2n",
"shot":"52,1q,1,s,6;52",
"should":"3w,40"
});
