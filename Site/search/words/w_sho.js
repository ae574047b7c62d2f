BRIEFINGS_SEARCH_WORDS("sho",{
"shoigu":"2n",
"shot":"53,1r,1,t,6;53",
"should":"3w,43"
});
